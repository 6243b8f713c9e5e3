"""A fake Overpass API for testing osmnx downloads offline.

``FakeOverpass(osm_file).install(monkeypatch)`` answers every HTTP request made through
``requests`` (osmnx 1.2 calls ``requests.get/post`` from ``osmnx.downloader``; osmnx 2.x from
``osmnx._http`` / ``osmnx._overpass``; both end in ``requests.Session.request``, which is what is
replaced here) with what the Overpass API would send for ``(way["highway"](poly:...);>;);out;``
on the given .osm file, answers the ``/status`` slot check, resolves host names to 127.0.0.1
without DNS, and makes any real socket connection fail the test. osmnx's cache is switched off
so every run goes through the fake. ``offline=True`` simulates a machine without a connection.
"""
import json
import socket
import xml.etree.ElementTree as ET


def osm_xml_to_overpass_json(path, way_key="highway"):
    """Overpass JSON (``out;`` format) for the ways with ``way_key`` and their nodes."""
    root = ET.parse(path).getroot()
    nodes = {}
    ways = []
    for el in root:
        tags = {t.get("k"): t.get("v") for t in el.findall("tag")}
        if el.tag == "node":
            node = {"type": "node", "id": int(el.get("id")), "lat": float(el.get("lat")),
                    "lon": float(el.get("lon"))}
            if tags:
                node["tags"] = tags
            nodes[node["id"]] = node
        elif el.tag == "way" and way_key in tags:
            ways.append({"type": "way", "id": int(el.get("id")),
                         "nodes": [int(nd.get("ref")) for nd in el.findall("nd")], "tags": tags})
    used = {n for w in ways for n in w["nodes"]}
    elements = [nodes[n] for n in sorted(used) if n in nodes] + ways
    return {"version": 0.6, "generator": "UrbanPlan test fake Overpass",
            "osm3s": {"copyright": "OpenStreetMap contributors, ODbL 1.0"}, "elements": elements}


STATUS_TEXT = ("Connected as: 1\nCurrent time: 2024-01-01T00:00:00Z\nAnnounced endpoint: none\n"
               "Rate limit: 2\n2 slots available now.\n"
               "Currently running queries (pid, space limit, time limit, start time):\n")


class NetworkAttempt(AssertionError):
    pass


class FakeOverpass:

    def __init__(self, osm_file=None, offline=False):
        self.payload = osm_xml_to_overpass_json(osm_file) if osm_file else None
        self.offline = offline
        self.requests = []      # (method, url, data) answered by the fake
        self.blocked = []       # real network attempts (must stay empty)

    def _response(self, url, body, content_type):
        import requests
        resp = requests.Response()
        resp.status_code = 200
        resp.reason = "OK"
        resp.url = url
        resp.encoding = "utf-8"
        resp.headers["Content-Type"] = content_type
        resp._content = body.encode("utf-8")
        return resp

    def request(self, _session, method, url, *args, **kwargs):
        import requests
        self.requests.append((str(method).upper(), url, kwargs.get("data")))
        if self.offline:
            raise requests.exceptions.ConnectionError(
                f"HTTPSConnectionPool: Max retries exceeded with url: {url} (Caused by "
                "NewConnectionError: [Errno -3] Temporary failure in name resolution)")
        if url.rstrip("/").endswith("/status"):
            return self._response(url, STATUS_TEXT, "text/plain")
        if "/interpreter" in url:
            return self._response(url, json.dumps(self.payload), "application/json")
        if "resolve?name=" in url:  # DNS over HTTPS fallback of osmnx
            return self._response(url, json.dumps({"Status": 0, "Answer": [{"data": "127.0.0.1"}]}),
                                  "application/json")
        self.blocked.append(url)
        raise NetworkAttempt(f"unexpected HTTP request to {url}")

    def install(self, monkeypatch):
        import osmnx as ox
        import requests
        fake = self

        def session_request(session, method, url, *args, **kwargs):
            return fake.request(session, method, url, *args, **kwargs)

        def gethostbyname(host):
            if fake.offline:
                raise socket.gaierror(-3, "Temporary failure in name resolution")
            return "127.0.0.1"

        def no_connect(*args, **kwargs):
            fake.blocked.append(repr(args[1:] if len(args) > 1 else args))
            raise NetworkAttempt(f"real network connection attempted: {args!r}")

        monkeypatch.setattr(requests.Session, "request", session_request)
        monkeypatch.setattr(socket, "gethostbyname", gethostbyname)
        monkeypatch.setattr(socket, "create_connection", no_connect)
        monkeypatch.setattr(socket.socket, "connect", no_connect)
        monkeypatch.setattr(socket.socket, "connect_ex", no_connect)
        monkeypatch.setattr(ox.settings, "use_cache", False)
        return self

    @property
    def interpreter_queries(self):
        return [d for m, u, d in self.requests if "/interpreter" in u]
